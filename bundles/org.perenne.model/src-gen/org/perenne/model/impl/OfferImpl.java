/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.Indexed;
import org.perenne.model.Offer;
import org.perenne.model.PerennePackage;
import org.perenne.model.PriceLadder;
import org.perenne.model.Segment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.OfferImpl#getIndexationRate <em>Indexation Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.OfferImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.perenne.model.impl.OfferImpl#isSolidarityPriced <em>Solidarity Priced</em>}</li>
 *   <li>{@link org.perenne.model.impl.OfferImpl#getSolidarityPriceCap <em>Solidarity Price Cap</em>}</li>
 *   <li>{@link org.perenne.model.impl.OfferImpl#getPriceLadder <em>Price Ladder</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class OfferImpl extends ElementImpl implements Offer {
	/**
	 * The default value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double INDEXATION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected Double indexationRate = INDEXATION_RATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

	/**
	 * The default value of the '{@link #isSolidarityPriced() <em>Solidarity Priced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSolidarityPriced()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SOLIDARITY_PRICED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSolidarityPriced() <em>Solidarity Priced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSolidarityPriced()
	 * @generated
	 * @ordered
	 */
	protected boolean solidarityPriced = SOLIDARITY_PRICED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolidarityPriceCap() <em>Solidarity Price Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidarityPriceCap()
	 * @generated
	 * @ordered
	 */
	protected static final double SOLIDARITY_PRICE_CAP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSolidarityPriceCap() <em>Solidarity Price Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolidarityPriceCap()
	 * @generated
	 * @ordered
	 */
	protected double solidarityPriceCap = SOLIDARITY_PRICE_CAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPriceLadder() <em>Price Ladder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceLadder()
	 * @generated
	 * @ordered
	 */
	protected PriceLadder priceLadder;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.OFFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getIndexationRate() {
		return indexationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndexationRate(Double newIndexationRate) {
		Double oldIndexationRate = indexationRate;
		indexationRate = newIndexationRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__INDEXATION_RATE, oldIndexationRate, indexationRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.OFFER__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSolidarityPriced() {
		return solidarityPriced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidarityPriced(boolean newSolidarityPriced) {
		boolean oldSolidarityPriced = solidarityPriced;
		solidarityPriced = newSolidarityPriced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__SOLIDARITY_PRICED, oldSolidarityPriced, solidarityPriced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSolidarityPriceCap() {
		return solidarityPriceCap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolidarityPriceCap(double newSolidarityPriceCap) {
		double oldSolidarityPriceCap = solidarityPriceCap;
		solidarityPriceCap = newSolidarityPriceCap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__SOLIDARITY_PRICE_CAP, oldSolidarityPriceCap, solidarityPriceCap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceLadder getPriceLadder() {
		return priceLadder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPriceLadder(PriceLadder newPriceLadder, NotificationChain msgs) {
		PriceLadder oldPriceLadder = priceLadder;
		priceLadder = newPriceLadder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__PRICE_LADDER, oldPriceLadder, newPriceLadder);
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
	public void setPriceLadder(PriceLadder newPriceLadder) {
		if (newPriceLadder != priceLadder) {
			NotificationChain msgs = null;
			if (priceLadder != null)
				msgs = ((InternalEObject)priceLadder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PerennePackage.OFFER__PRICE_LADDER, null, msgs);
			if (newPriceLadder != null)
				msgs = ((InternalEObject)newPriceLadder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PerennePackage.OFFER__PRICE_LADDER, null, msgs);
			msgs = basicSetPriceLadder(newPriceLadder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OFFER__PRICE_LADDER, newPriceLadder, newPriceLadder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.OFFER__PRICE_LADDER:
				return basicSetPriceLadder(null, msgs);
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
			case PerennePackage.OFFER__INDEXATION_RATE:
				return getIndexationRate();
			case PerennePackage.OFFER__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
			case PerennePackage.OFFER__SOLIDARITY_PRICED:
				return isSolidarityPriced();
			case PerennePackage.OFFER__SOLIDARITY_PRICE_CAP:
				return getSolidarityPriceCap();
			case PerennePackage.OFFER__PRICE_LADDER:
				return getPriceLadder();
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
			case PerennePackage.OFFER__INDEXATION_RATE:
				setIndexationRate((Double)newValue);
				return;
			case PerennePackage.OFFER__SEGMENT:
				setSegment((Segment)newValue);
				return;
			case PerennePackage.OFFER__SOLIDARITY_PRICED:
				setSolidarityPriced((Boolean)newValue);
				return;
			case PerennePackage.OFFER__SOLIDARITY_PRICE_CAP:
				setSolidarityPriceCap((Double)newValue);
				return;
			case PerennePackage.OFFER__PRICE_LADDER:
				setPriceLadder((PriceLadder)newValue);
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
			case PerennePackage.OFFER__INDEXATION_RATE:
				setIndexationRate(INDEXATION_RATE_EDEFAULT);
				return;
			case PerennePackage.OFFER__SEGMENT:
				setSegment((Segment)null);
				return;
			case PerennePackage.OFFER__SOLIDARITY_PRICED:
				setSolidarityPriced(SOLIDARITY_PRICED_EDEFAULT);
				return;
			case PerennePackage.OFFER__SOLIDARITY_PRICE_CAP:
				setSolidarityPriceCap(SOLIDARITY_PRICE_CAP_EDEFAULT);
				return;
			case PerennePackage.OFFER__PRICE_LADDER:
				setPriceLadder((PriceLadder)null);
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
			case PerennePackage.OFFER__INDEXATION_RATE:
				return INDEXATION_RATE_EDEFAULT == null ? indexationRate != null : !INDEXATION_RATE_EDEFAULT.equals(indexationRate);
			case PerennePackage.OFFER__SEGMENT:
				return segment != null;
			case PerennePackage.OFFER__SOLIDARITY_PRICED:
				return solidarityPriced != SOLIDARITY_PRICED_EDEFAULT;
			case PerennePackage.OFFER__SOLIDARITY_PRICE_CAP:
				return solidarityPriceCap != SOLIDARITY_PRICE_CAP_EDEFAULT;
			case PerennePackage.OFFER__PRICE_LADDER:
				return priceLadder != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Indexed.class) {
			switch (derivedFeatureID) {
				case PerennePackage.OFFER__INDEXATION_RATE: return PerennePackage.INDEXED__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Indexed.class) {
			switch (baseFeatureID) {
				case PerennePackage.INDEXED__INDEXATION_RATE: return PerennePackage.OFFER__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (indexationRate: ");
		result.append(indexationRate);
		result.append(", solidarityPriced: ");
		result.append(solidarityPriced);
		result.append(", solidarityPriceCap: ");
		result.append(solidarityPriceCap);
		result.append(')');
		return result.toString();
	}

} //OfferImpl
