/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Funder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.FunderImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.perenne.model.impl.FunderImpl#getSiren <em>Siren</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunderImpl extends ElementImpl implements Funder {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final FunderLevel LEVEL_EDEFAULT = FunderLevel.COMMUNE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected FunderLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected static final String SIREN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSiren() <em>Siren</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiren()
	 * @generated
	 * @ordered
	 */
	protected String siren = SIREN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.FUNDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunderLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(FunderLevel newLevel) {
		FunderLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.FUNDER__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSiren() {
		return siren;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiren(String newSiren) {
		String oldSiren = siren;
		siren = newSiren;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.FUNDER__SIREN, oldSiren, siren));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.FUNDER__LEVEL:
				return getLevel();
			case PerennePackage.FUNDER__SIREN:
				return getSiren();
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
			case PerennePackage.FUNDER__LEVEL:
				setLevel((FunderLevel)newValue);
				return;
			case PerennePackage.FUNDER__SIREN:
				setSiren((String)newValue);
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
			case PerennePackage.FUNDER__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case PerennePackage.FUNDER__SIREN:
				setSiren(SIREN_EDEFAULT);
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
			case PerennePackage.FUNDER__LEVEL:
				return level != LEVEL_EDEFAULT;
			case PerennePackage.FUNDER__SIREN:
				return SIREN_EDEFAULT == null ? siren != null : !SIREN_EDEFAULT.equals(siren);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", siren: ");
		result.append(siren);
		result.append(')');
		return result.toString();
	}

} //FunderImpl
