/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.Distribution;
import org.perenne.model.Driver;
import org.perenne.model.PerennePackage;
import org.perenne.model.Uncertainty;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Uncertainty</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getDistribution <em>Distribution</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#isDrawPerYear <em>Draw Per Year</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.perenne.model.impl.UncertaintyImpl#getStrength <em>Strength</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UncertaintyImpl extends ElementImpl implements Uncertainty {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected EObject target;

	/**
	 * The default value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected String attribute = ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDistribution() <em>Distribution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistribution()
	 * @generated
	 * @ordered
	 */
	protected Distribution distribution;

	/**
	 * The default value of the '{@link #isDrawPerYear() <em>Draw Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrawPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRAW_PER_YEAR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDrawPerYear() <em>Draw Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrawPerYear()
	 * @generated
	 * @ordered
	 */
	protected boolean drawPerYear = DRAW_PER_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected Driver driver;

	/**
	 * The default value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected static final double STRENGTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStrength() <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrength()
	 * @generated
	 * @ordered
	 */
	protected double strength = STRENGTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UncertaintyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.UNCERTAINTY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.UNCERTAINTY__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(EObject newTarget) {
		EObject oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttribute() {
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribute(String newAttribute) {
		String oldAttribute = attribute;
		attribute = newAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__ATTRIBUTE, oldAttribute, attribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Distribution getDistribution() {
		return distribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDistribution(Distribution newDistribution, NotificationChain msgs) {
		Distribution oldDistribution = distribution;
		distribution = newDistribution;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__DISTRIBUTION, oldDistribution, newDistribution);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistribution(Distribution newDistribution) {
		if (newDistribution != distribution) {
			NotificationChain msgs = null;
			if (distribution != null)
				msgs = ((InternalEObject)distribution).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.UNCERTAINTY__DISTRIBUTION, null, msgs);
			if (newDistribution != null)
				msgs = ((InternalEObject)newDistribution).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.UNCERTAINTY__DISTRIBUTION, null, msgs);
			msgs = basicSetDistribution(newDistribution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__DISTRIBUTION, newDistribution, newDistribution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDrawPerYear() {
		return drawPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrawPerYear(boolean newDrawPerYear) {
		boolean oldDrawPerYear = drawPerYear;
		drawPerYear = newDrawPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__DRAW_PER_YEAR, oldDrawPerYear, drawPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Driver getDriver() {
		if (driver != null && driver.eIsProxy()) {
			InternalEObject oldDriver = (InternalEObject)driver;
			driver = (Driver)eResolveProxy(oldDriver);
			if (driver != oldDriver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.UNCERTAINTY__DRIVER, oldDriver, driver));
			}
		}
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Driver basicGetDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(Driver newDriver) {
		Driver oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStrength() {
		return strength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrength(double newStrength) {
		double oldStrength = strength;
		strength = newStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.UNCERTAINTY__STRENGTH, oldStrength, strength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.UNCERTAINTY__DISTRIBUTION:
				return basicSetDistribution(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.UNCERTAINTY__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case PerennePackage.UNCERTAINTY__ATTRIBUTE:
				return getAttribute();
			case PerennePackage.UNCERTAINTY__INDEX:
				return getIndex();
			case PerennePackage.UNCERTAINTY__DISTRIBUTION:
				return getDistribution();
			case PerennePackage.UNCERTAINTY__DRAW_PER_YEAR:
				return isDrawPerYear();
			case PerennePackage.UNCERTAINTY__DRIVER:
				if (resolve) return getDriver();
				return basicGetDriver();
			case PerennePackage.UNCERTAINTY__STRENGTH:
				return getStrength();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.UNCERTAINTY__TARGET:
				setTarget((EObject)newValue);
				return;
			case PerennePackage.UNCERTAINTY__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case PerennePackage.UNCERTAINTY__INDEX:
				setIndex((Integer)newValue);
				return;
			case PerennePackage.UNCERTAINTY__DISTRIBUTION:
				setDistribution((Distribution)newValue);
				return;
			case PerennePackage.UNCERTAINTY__DRAW_PER_YEAR:
				setDrawPerYear((Boolean)newValue);
				return;
			case PerennePackage.UNCERTAINTY__DRIVER:
				setDriver((Driver)newValue);
				return;
			case PerennePackage.UNCERTAINTY__STRENGTH:
				setStrength((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.UNCERTAINTY__TARGET:
				setTarget((EObject)null);
				return;
			case PerennePackage.UNCERTAINTY__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case PerennePackage.UNCERTAINTY__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case PerennePackage.UNCERTAINTY__DISTRIBUTION:
				setDistribution((Distribution)null);
				return;
			case PerennePackage.UNCERTAINTY__DRAW_PER_YEAR:
				setDrawPerYear(DRAW_PER_YEAR_EDEFAULT);
				return;
			case PerennePackage.UNCERTAINTY__DRIVER:
				setDriver((Driver)null);
				return;
			case PerennePackage.UNCERTAINTY__STRENGTH:
				setStrength(STRENGTH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.UNCERTAINTY__TARGET:
				return target != null;
			case PerennePackage.UNCERTAINTY__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case PerennePackage.UNCERTAINTY__INDEX:
				return index != INDEX_EDEFAULT;
			case PerennePackage.UNCERTAINTY__DISTRIBUTION:
				return distribution != null;
			case PerennePackage.UNCERTAINTY__DRAW_PER_YEAR:
				return drawPerYear != DRAW_PER_YEAR_EDEFAULT;
			case PerennePackage.UNCERTAINTY__DRIVER:
				return driver != null;
			case PerennePackage.UNCERTAINTY__STRENGTH:
				return strength != STRENGTH_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (attribute: ");
		result.append(attribute);
		result.append(", index: ");
		result.append(index);
		result.append(", drawPerYear: ");
		result.append(drawPerYear);
		result.append(", strength: ");
		result.append(strength);
		result.append(')');
		return result.toString();
	}

} //UncertaintyImpl
